print("store.util/__init__ runs as", __name__)

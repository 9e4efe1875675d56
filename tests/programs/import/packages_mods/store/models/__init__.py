print("store.models/__init__ runs as", __name__)

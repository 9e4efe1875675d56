print("store.models.item runs as", __name__)


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return "Item(%s, %d)" % (self.name, self.price)

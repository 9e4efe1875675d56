class Slot:
    value = None


None = Slot()

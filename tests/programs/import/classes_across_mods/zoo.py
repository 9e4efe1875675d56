# Helper for import/classes_across.py: classes and exceptions used by the importer.
class ZooError(Exception):
    pass


class Animal:
    count = 0
    sound = "..."

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "%s says %s" % (self.name, self.sound)


class Dog(Animal):
    sound = "woof"


def adopt(animal):
    if not isinstance(animal, Animal):
        raise ZooError("not an animal: %r" % (animal,))
    return animal.speak()


def make(kind, name):
    return kind(name)

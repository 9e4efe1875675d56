# Classes from another module (helpers in classes_across_mods/): instances, subclasses defined in
# the importer and passed back, isinstance across modules, class attributes shared through the
# module, and exceptions defined there raised and caught here.
import zoo
from zoo import Animal, Dog, ZooError


class Cat(Animal):
    sound = "meow"


class Puppy(zoo.Dog):
    def speak(self):
        return super().speak() + " (tiny)"


pets = [Dog("rex"), Cat("tom"), Puppy("bit"), zoo.make(Cat, "kit")]
print([zoo.adopt(p) for p in pets])
print(isinstance(pets[2], Dog), isinstance(pets[2], zoo.Animal), issubclass(Cat, zoo.Animal))
print(Animal.count, zoo.Animal.count, Animal is zoo.Animal)
try:
    zoo.adopt("rock")
except ZooError as e:
    print("ZooError", e.args[0])
try:
    raise zoo.ZooError("raised here")
except Exception as e:
    print(type(e).__name__, isinstance(e, ZooError))

zoo.Dog.sound = "WOOF"
print(pets[0].speak(), pets[2].speak())
print(type(pets[1]).__name__, type(pets[0]).__name__)

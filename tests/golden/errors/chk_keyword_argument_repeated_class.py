class Meta(type):
    pass


class Model(metaclass=Meta, metaclass=Meta):
    pass

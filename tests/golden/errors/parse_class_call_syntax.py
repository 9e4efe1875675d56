class Widget():
    pass


class Button(Widget()) extends Widget:
    pass

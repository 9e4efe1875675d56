# Blink an LED in a Morse pattern and count debounced presses of a button.
#
# On a board this drives machine.Pin objects. Without a machine module (a host, the
# webassembly port, CPython) it drives simulated pins on a simulated clock instead, so the
# program runs anywhere and prints the same lines everywhere.

try:
    from micropython import const
except ImportError:

    def const(x):
        return x


try:
    from machine import Pin
except ImportError:
    Pin = None

LED_PIN = const(2)
BUTTON_PIN = const(0)
DOT_MS = const(120)
DEBOUNCE_MS = const(30)

MORSE = {
    "S": "...",
    "O": "---",
    "K": "-.-",
}


class SimClock:
    # A clock that only moves when the program sleeps.

    def __init__(self):
        self.now = 0

    def ticks_ms(self):
        return self.now

    def ticks_diff(self, a, b):
        return a - b

    def sleep_ms(self, ms):
        assert ms >= 0, "negative sleep"
        self.now += ms


class SimPin:
    # A pin that records what is written to it and replays a script of input levels.

    def __init__(self, name, clock, script=()):
        self.name = name
        self.clock = clock
        self.script = list(script)  # (time_ms, level) pairs, sorted by time
        self.level = 1
        self.edges = 0

    def value(self, v=None):
        if v is None:
            while self.script and self.script[0][0] <= self.clock.ticks_ms():
                self.level = self.script.pop(0)[1]
            return self.level
        if v != self.level:
            self.edges += 1
        self.level = 1 if v else 0


class Button:
    # Reports a press once the input has been low for DEBOUNCE_MS.

    def __init__(self, pin, clock):
        self.pin = pin
        self.clock = clock
        self.since = None
        self.pressed = False
        self.count = 0

    def poll(self):
        low = self.pin.value() == 0
        if not low:
            self.since, self.pressed = None, False
            return False
        now = self.clock.ticks_ms()
        if self.since is None:
            self.since = now
        if not self.pressed and self.clock.ticks_diff(now, self.since) >= DEBOUNCE_MS:
            self.pressed = True
            self.count += 1
            return True
        return False


def pulses(word):
    # Yields (led_on, duration_ms) for each element of the word in Morse code.
    for i, letter in enumerate(word):
        if i:
            yield False, 3 * DOT_MS
        for j, mark in enumerate(MORSE[letter]):
            if j:
                yield False, DOT_MS
            yield True, DOT_MS * (3 if mark == "-" else 1)


def blink(word, led, button, clock, step_ms=10):
    on_ms = 0
    for on, ms in pulses(word):
        led.value(on)
        on_ms += ms if on else 0
        for _ in range(ms // step_ms):
            if button.poll():
                print(f"press {button.count} at {clock.ticks_ms()} ms")
            clock.sleep_ms(step_ms)
    led.value(0)
    return on_ms


def main():
    if Pin is None:
        clock = SimClock()
        led = SimPin("led", clock)
        # Two real presses, and a 10 ms glitch that the debouncer must ignore.
        script = [(500, 0), (700, 1), (1300, 0), (1310, 1), (2000, 0), (2100, 1)]
        button = SimPin("button", clock, script)
    else:
        import time as clock

        led = Pin(LED_PIN, Pin.OUT)
        button = Pin(BUTTON_PIN, Pin.IN, Pin.PULL_UP)
    btn = Button(button, clock)
    total = 0
    try:
        for word in ("SOS", "OK"):
            on_ms = blink(word, led, btn, clock)
            total += on_ms
            print(f"{word}: led on for {on_ms} ms")
    finally:
        led.value(0)
    print("presses:", btn.count, "total on:", total, "ms")
    if hasattr(led, "edges"):
        print("led edges:", led.edges)


main()

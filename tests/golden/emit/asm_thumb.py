@micropython.asm_thumb
def add(r0, r1) -> uint:
    add(r0, r0, r1)

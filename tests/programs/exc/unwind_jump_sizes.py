# break and continue leaving try/finally (UNWIND_JUMP, signed: one byte from -64 to 63) and with
# bodies (SETUP_WITH, unsigned: one byte up to 127) growing one byte at a time across the sizes
# where the offsets need two bytes.


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False



def brk_44(a, x):
    for i in range(3):
        try:
            if i == a: break
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2
        finally:
            x += 1000
    return x

def brk_45(a, x):
    for i in range(3):
        try:
            if i == a: break
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=60
        finally:
            x += 1000
    return x

def brk_46(a, x):
    for i in range(3):
        try:
            if i == a: break
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;y=x
        finally:
            x += 1000
    return x

def brk_47(a, x):
    for i in range(3):
        try:
            if i == a: break
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;y=60
        finally:
            x += 1000
    return x

def cont_50(a, x):
    for i in (0, 1, 2):
        try:
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=x
            if i == a: continue
            x -= 1
        finally:
            x += 1000
    return x

def cont_51(a, x):
    for i in (0, 1, 2):
        try:
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=60
            if i == a: continue
            x -= 1
        finally:
            x += 1000
    return x

def cont_52(a, x):
    for i in (0, 1, 2):
        try:
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4
            if i == a: continue
            x -= 1
        finally:
            x += 1000
    return x

def cont_53(a, x):
    for i in (0, 1, 2):
        try:
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=60
            if i == a: continue
            x -= 1
        finally:
            x += 1000
    return x

def cont_54(a, x):
    for i in (0, 1, 2):
        try:
            x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;y=x
            if i == a: continue
            x -= 1
        finally:
            x += 1000
    return x

def with_119(a, x):
    with CM():
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;y=60
    return x

def with_120(a, x):
    with CM():
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3
    return x

def with_121(a, x):
    with CM():
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=60
    return x

def with_122(a, x):
    with CM():
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=x
    return x


for f in (brk_44, brk_45, brk_46, brk_47,
          cont_50, cont_51, cont_52, cont_53,
          cont_54, with_119, with_120, with_121,
          with_122):
    print(f(0, 1), f(1, 5), f(2, 7))

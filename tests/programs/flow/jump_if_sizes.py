# if/else bodies sized so that the conditional jump over the if body and the jump over the else
# body go from one-byte offsets (up to 63) to two-byte offsets (64 on), one byte at a time: first
# the if body grows, then the else body, then both at once so that each jump's size moves the
# other's target. Each function's result depends on every statement of the branch taken. (A
# forward jump whose one-byte offset would be exactly 63 keeps the two-byte form in stock
# mpy-cross: the sizing passes start from the long form and count it in its own target.)



def if_59_8(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=60
    else:
        x+=1;x+=2
    return x

def if_60_8(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6
    else:
        x+=1;x+=2
    return x

def if_61_8(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=60
    else:
        x+=1;x+=2
    return x

def if_62_8(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;y=x
    else:
        x+=1;x+=2
    return x

def if_6_61(a, x):
    if a:
        x+=1;y=x
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=60
    return x

def if_6_62(a, x):
    if a:
        x+=1;y=x
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;y=x
    return x

def if_6_63(a, x):
    if a:
        x+=1;y=x
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;y=60
    return x

def if_6_64(a, x):
    if a:
        x+=1;y=x
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7
    return x

def if_59_62(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=60
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;y=x
    return x

def if_60_61(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=60
    return x

def if_61_60(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=60
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6
    return x

def if_62_59(a, x):
    if a:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;y=x
    else:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=60
    return x


for f in (if_59_8, if_60_8, if_61_8, if_62_8,
          if_6_61, if_6_62, if_6_63, if_6_64,
          if_59_62, if_60_61, if_61_60, if_62_59):
    print(f(0, 0), f(1, 0), f(0, 5), f(1, -5))

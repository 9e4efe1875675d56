# while loops whose bodies grow one byte at a time across the sizes where the forward jump to the
# condition and the backward jump to the body (or, for `while True` with break, the break's
# forward jump and the backward jump) switch from one-byte to two-byte offsets.



def while_cond_53(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=60
    return x

def while_cond_54(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;y=x
    return x

def while_cond_55(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;y=60
    return x

def while_cond_56(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5
    return x

def while_cond_57(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=60
    return x

def while_cond_58(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=x
    return x

def while_cond_59(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=60
    return x

def while_cond_60(n, x):
    i = 0
    while i < n:
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6
    return x

def while_true_49(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=60
    return x

def while_true_50(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=x
    return x

def while_true_51(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=60
    return x

def while_true_52(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4
    return x

def while_true_53(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=60
    return x

def while_true_54(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;y=x
    return x

def while_true_55(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;y=60
    return x

def while_true_56(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5
    return x

def while_true_57(n, x):
    i = 0
    while True:
        if i >= n: break
        i += 1
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=60
    return x


for f in (while_cond_53, while_cond_54, while_cond_55, while_cond_56,
          while_cond_57, while_cond_58, while_cond_59, while_cond_60,
          while_true_49, while_true_50, while_true_51, while_true_52,
          while_true_53, while_true_54, while_true_55, while_true_56,
          while_true_57):
    print(f(0, 1), f(1, 0), f(3, 2))

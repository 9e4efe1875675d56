# try statements whose parts grow one byte at a time across the sizes where SETUP_EXCEPT (over the
# body), POP_EXCEPT_JUMP (over the handler) and SETUP_FINALLY switch from one-byte offsets (up to
# 127) to two-byte offsets.



def try_exc_114(a, x):
    try:
        if a: raise ValueError(x)
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;y=x
    except ValueError as e:
        x = -e.args[0]
    return x

def try_exc_115(a, x):
    try:
        if a: raise ValueError(x)
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;y=60
    except ValueError as e:
        x = -e.args[0]
    return x

def try_exc_116(a, x):
    try:
        if a: raise ValueError(x)
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2
    except ValueError as e:
        x = -e.args[0]
    return x

def try_exc_117(a, x):
    try:
        if a: raise ValueError(x)
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=60
    except ValueError as e:
        x = -e.args[0]
    return x

def try_hnd_114(a, x):
    try:
        if a: raise KeyError(x)
    except KeyError:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;y=x
    return x

def try_hnd_115(a, x):
    try:
        if a: raise KeyError(x)
    except KeyError:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;y=60
    return x

def try_hnd_116(a, x):
    try:
        if a: raise KeyError(x)
    except KeyError:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2
    return x

def try_hnd_117(a, x):
    try:
        if a: raise KeyError(x)
    except KeyError:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=60
    return x

def try_fin_120(a, x):
    try:
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3
    finally:
        x = -x
    return x

def try_fin_121(a, x):
    try:
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=60
    finally:
        x = -x
    return x

def try_fin_122(a, x):
    try:
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=x
    finally:
        x = -x
    return x

def try_fin_123(a, x):
    try:
        x += a
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=60
    finally:
        x = -x
    return x


for f in (try_exc_114, try_exc_115, try_exc_116, try_exc_117,
          try_hnd_114, try_hnd_115, try_hnd_116, try_hnd_117,
          try_fin_120, try_fin_121, try_fin_122, try_fin_123):
    print(f(0, 1), f(1, 5), f(2, 7))

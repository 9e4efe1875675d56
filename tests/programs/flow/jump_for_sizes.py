# for loops whose bodies grow one byte at a time across the sizes where the backward jump needs a
# two-byte offset (beyond 64 bytes back) and where FOR_ITER's forward jump does (beyond 127).



def for_57(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=60
    return x

def for_58(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=x
    return x

def for_59(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;y=60
    return x

def for_60(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6
    return x

def for_61(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=60
    return x

def for_121(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=60
    return x

def for_122(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=x
    return x

def for_123(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;y=60
    return x

def for_124(it, x):
    for i in it:
        x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4;x+=5;x+=6;x+=7;x+=8;x+=9;x+=1;x+=2;x+=3;x+=4
    return x


for f in (for_57, for_58, for_59, for_60,
          for_61, for_121, for_122, for_123,
          for_124):
    print(f([], 1), f(range(1), 0), f((1, 2, 3), 2))

# Functions with many parameters and calls with many arguments: 30 named parameters filled
# positionally, by keyword and from * and **, a call with 120 positional arguments and one with 40
# keyword arguments, so argument counts need multi-byte operands and the value stack is deep.


def wide(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29):
    return [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29]


def collect(*args, **kwargs):
    return len(args), sum(args), len(kwargs), sum(kwargs.values())


print(wide(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87))
print(wide(*range(30)) == list(range(30)))
print(wide(p29=29, p28=28, p27=27, p26=26, p25=25, p24=24, p23=23, p22=22, p21=21, p20=20, p19=19, p18=18, p17=17, p16=16, p15=15, p14=14, p13=13, p12=12, p11=11, p10=10, p9=9, p8=8, p7=7, p6=6, p5=5, p4=4, p3=3, p2=2, p1=1, p0=0)[-3:])
print(wide(*range(10), *range(10, 20), **{"p%d" % i: -i for i in range(20, 30)})[18:23])
print(collect(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119))
print(collect(kw0=0, kw1=1, kw2=2, kw3=3, kw4=4, kw5=5, kw6=6, kw7=7, kw8=8, kw9=9, kw10=10, kw11=11, kw12=12, kw13=13, kw14=14, kw15=15, kw16=16, kw17=17, kw18=18, kw19=19, kw20=20, kw21=21, kw22=22, kw23=23, kw24=24, kw25=25, kw26=26, kw27=27, kw28=28, kw29=29, kw30=30, kw31=31, kw32=32, kw33=33, kw34=34, kw35=35, kw36=36, kw37=37, kw38=38, kw39=39))
print(collect(1, 2, *range(100), 3, **{"k%d" % i: i for i in range(50)}, z=1))

try:
    wide(*range(29))
except TypeError:
    print("TypeError: 29 of 30")
try:
    wide(*range(31))
except TypeError:
    print("TypeError: 31 of 30")


def defaults_many(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, a10=10, a11=11,
                  a12=12, a13=13, a14=14, a15=15, a16=16, a17=17, a18=18, a19=19):
    return a0 + a1 * 2 + a7 * 3 + a19 * 4


print(defaults_many(), defaults_many(100), defaults_many(a19=0, a7=0), defaults_many(*range(20, 40)))

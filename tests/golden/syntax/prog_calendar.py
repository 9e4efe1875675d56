# Date arithmetic without libraries: leap years, day of week (Zeller),
# days between dates and a printed month calendar.

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    days = d
    days += sum(365 + is_leap(yy) for yy in range(1, y))
    days += sum(days_in(y, mm) for mm in range(1, m))
    return days


def month(y, m):
    rows = [" ".join(NAMES)]
    cells = ["  "] * weekday(y, m, 1) + ["%2d" % d for d in range(1, days_in(y, m) + 1)]
    while cells:
        rows.append(" ".join(cells[:7]))
        cells = cells[7:]
    return "\n".join(rows)


print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
print(NAMES[weekday(2000, 1, 1)], NAMES[weekday(1969, 7, 20)], NAMES[weekday(2024, 2, 29)])
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
print(month(2024, 2))

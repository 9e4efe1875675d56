# A lazy data pipeline of chained generators: reading records from text,
# parsing, filtering, grouping and aggregating, with generator expressions.

LOG = """\
2024-01-01 INFO boot ok
2024-01-01 WARN temp 71
2024-01-02 INFO read 12
2024-01-02 ERROR sensor timeout
2024-01-03 WARN temp 75
2024-01-03 INFO read 15
2024-01-03 ERROR sensor crc
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(rows):
    for row in rows:
        day, level, *words = row.split()
        yield {"day": day, "level": level, "msg": " ".join(words)}


def only(level, records):
    return (r for r in records if r["level"] == level)


def group_by_day(records):
    current, bucket = None, []
    for r in records:
        if r["day"] != current and bucket:
            yield current, bucket
            bucket = []
        current = r["day"]
        bucket.append(r)
    if bucket:
        yield current, bucket


for day, recs in group_by_day(parse(lines(LOG))):
    levels = sorted(set(r["level"] for r in recs))
    print(day, len(recs), levels)
errors = [r["msg"] for r in only("ERROR", parse(lines(LOG)))]
print(errors)
temps = (int(r["msg"].split()[1]) for r in only("WARN", parse(lines(LOG))))
print(max(temps))
print(sum(1 for _ in lines(LOG)), any(r["level"] == "FATAL" for r in parse(lines(LOG))))

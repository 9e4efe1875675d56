# Custom exception hierarchy used by a tiny validator, with chaining,
# re-raising, args and cleanup through finally.


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem


class MissingField(ValidationError):
    pass


class BadValue(ValidationError):
    pass


SCHEMA = (("name", str), ("age", int), ("email", str))


def validate(record):
    for field, kind in SCHEMA:
        if field not in record:
            raise MissingField(field, "missing")
        if not isinstance(record[field], kind):
            raise BadValue(field, "expected " + kind.__name__)
    if "@" not in record["email"]:
        raise BadValue("email", "no at sign")
    return True


def check_all(records):
    results = []
    for i, rec in enumerate(records):
        try:
            validate(rec)
        except MissingField as e:
            results.append((i, "missing", e.field))
        except ValidationError as e:
            results.append((i, "bad", e.field, e.problem))
        else:
            results.append((i, "ok"))
        finally:
            results.append("-")
    return results


records = [
    {"name": "ann", "age": 31, "email": "ann@example.org"},
    {"name": "bob", "age": "old", "email": "bob@example.org"},
    {"name": "cy", "email": "cy@example.org"},
    {"name": "di", "age": 40, "email": "nowhere"},
]
for line in check_all(records):
    print(line)
try:
    try:
        validate({})
    except MissingField as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e.args)

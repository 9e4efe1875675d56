# errno: the values of the common error constants (the same on Linux and in MicroPython),
# errno.errorcode mapping numbers back to names, and OSError(errno, message) carrying an errno.
# (With one argument CPython leaves .errno None while MicroPython takes the number.)
import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
         "EISDIR", "EINVAL", "ENOBUFS", "ETIMEDOUT", "ECONNRESET", "ECONNREFUSED", "EINPROGRESS",
         "EALREADY", "EHOSTUNREACH", "EADDRINUSE", "ENOTCONN", "ECONNABORTED"]
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code])
# CPython names 95 ENOTSUP in errorcode; both have EOPNOTSUPP as a constant.
print(errno.EOPNOTSUPP)

e = OSError(errno.ENOENT, "no such file")
print(e.errno, e.args, isinstance(e, Exception))
try:
    raise OSError(errno.EAGAIN, "try again")
except OSError as ex:
    print(ex.errno == errno.EAGAIN, ex.args)


def retry(op, attempts):
    for i in range(attempts):
        try:
            return op(i)
        except OSError as ex:
            if ex.errno != errno.EAGAIN:
                raise
            print("attempt", i, "would block")
    return "gave up"


def flaky(i):
    if i < 2:
        raise OSError(errno.EAGAIN, "would block")
    return "ok on attempt %d" % i


def broken(i):
    raise OSError(errno.EIO, "device error")


print(retry(flaky, 5))
try:
    retry(broken, 3)
except OSError as ex:
    print("gave up with", errno.errorcode[ex.errno], ex.args[1])
print(errno.errorcode.get(999999, "unknown"), errno.EEXIST in errno.errorcode)

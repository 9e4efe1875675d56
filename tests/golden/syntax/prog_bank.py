# A bank-account simulation with a transaction log, class-level counters,
# properties, exceptions and a report formatted with str.format.


class InsufficientFunds(Exception):
    pass


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds("%s has only %d" % (self.owner, self._balance))
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)


class Savings(Account):
    rate_percent = 3

    def add_interest(self):
        interest = self._balance * self.rate_percent // 100
        self.deposit(interest)
        return interest


alice = Account("alice", 100)
bob = Savings("bob", 1000)
alice.deposit(50)
bob.transfer(alice, 300)
print(bob.add_interest())
for op in (lambda: alice.withdraw(1000), lambda: bob.deposit(-5)):
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__ + ":", e)
for acct in (alice, bob):
    print("{:>3} {:<6} {:>6}".format(acct.id, acct.owner, acct.balance))
    for kind, amount in acct.history:
        print("      {:<9}{:>5}".format(kind, amount))

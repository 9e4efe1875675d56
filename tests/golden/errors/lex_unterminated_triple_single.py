# Utility module.
import sys

QUERY = '''
SELECT name
FROM users

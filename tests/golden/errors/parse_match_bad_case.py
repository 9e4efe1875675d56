# Utility module.
import sys

command = "go"
match command:
    case "go"
        print("going")

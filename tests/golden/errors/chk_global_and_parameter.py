# Utility module.
import sys

def setup(config):
    global config
    config = {}

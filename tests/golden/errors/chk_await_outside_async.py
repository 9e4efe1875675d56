import sys


def fetch(client):
    response = await client.get()
    return response

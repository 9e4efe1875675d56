def load(client):
    result = (
        client.prepare()
        + await client.fetch()
    )
    return result

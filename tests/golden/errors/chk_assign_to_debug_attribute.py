class Config:
    pass


cfg = Config()
cfg.__debug__ = True

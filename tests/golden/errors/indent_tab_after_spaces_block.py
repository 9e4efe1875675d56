class Config:
    def load(self):
        self.a = 1
    	self.b = 2

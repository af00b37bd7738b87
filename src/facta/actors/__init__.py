"""placeholder until the stage lands"""
class ActorResolver:
    def __init__(self, extra_files=(), memory=None):
        pass

    def resolve(self, analysis):
        return analysis

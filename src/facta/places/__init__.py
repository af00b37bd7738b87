"""placeholder until the stage lands"""
class Geocoder:
    def __init__(self, extra_files=()):
        pass

    def find(self, analysis):
        return analysis

    def locate_events(self, analysis):
        return analysis

"""newsevents.context"""

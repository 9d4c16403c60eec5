"""Labs: thin ipywidgets front ends over the models (controls → model → figure + sentence)."""
from .base import LABS, Control, Lab, register
from .campaign import TargetLab

__all__ = ["LABS", "Control", "Lab", "register", "TargetLab"]

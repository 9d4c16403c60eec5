"""Labs: thin ipywidgets front ends over the models (controls → model → figure + a sentence)."""
from .attention import FreeLeaderLab, ProtocolLab, WeekLab
from .base import LABS, Control, Lab, register
from .campaign import CampaignLab, TargetLab
from .cascade import CascadeLab, FormalismLab

__all__ = ["LABS", "Control", "Lab", "register", "TargetLab", "CampaignLab", "CascadeLab", "FormalismLab",
           "ProtocolLab", "WeekLab", "FreeLeaderLab"]

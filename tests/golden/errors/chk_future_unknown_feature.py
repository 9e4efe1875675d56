from __future__ import telepathy

# Circular imports that work (helpers in circular_mods/): a module importing one that imports it
# back sees a partly initialised module, fine when names are used only later inside functions,
# and a from-import of a name defined before the cycle started.
import ping

print(ping.ping(5), ping.ping(4), ping.HITS)
print(ping.pong.ping is ping, ping.pong.pong(3))

import base_defs

print(base_defs.describe(), base_defs.uses_base.NAME)

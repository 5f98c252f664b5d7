# Debian packages each goal needs: scripts/deps.sh installs what is missing (as root) or stops with a
# message naming the package. Checked once per build folder and goal.

$(B)/.deps-%: scripts/deps.sh
	@mkdir -p $(B)
	@scripts/deps.sh $*
	@touch $@

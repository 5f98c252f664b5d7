# Host tools: ordinary Linux programs built with the host compiler and glibc.

TOOL_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror -Iinclude -MMD -MP
TWZ_TOOL_SRCS := $(sort $(wildcard tools/twz/*.c))
TWZ_TOOL_OBJS := $(patsubst %,$(B)/host/%.o,$(TWZ_TOOL_SRCS))

$(B)/host/%.c.o: %.c $(B)/.deps-build
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(HOST_CC) $(TOOL_CFLAGS) -c $< -o $@

$(B)/bin/twz: $(TWZ_TOOL_OBJS)
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(HOST_CC) $^ -o $@

-include $(TWZ_TOOL_OBJS:.o=.d)

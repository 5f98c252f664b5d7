/* The subcommands of the twz tool. Each takes the arguments after its name and returns the exit status. */
#ifndef TWZ_TOOL_COMMANDS_H
#define TWZ_TOOL_COMMANDS_H

int cmd_abi(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif

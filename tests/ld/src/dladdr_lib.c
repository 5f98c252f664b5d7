/* libdla: a function and a variable for dladdr to name. */
int dla_data = 1;

int dla_fn(int x)
{
	return x + dla_data;
}

/* The library's own copy (the program would get a copy-relocated one if it named dla_data). */
int *dla_data_addr(void)
{
	return &dla_data;
}

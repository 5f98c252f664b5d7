/* stdio: full, line and no buffering (observed through the file underneath), ungetc, fseek/ftell,
 * fread/fwrite of binary data, tmpfile, freopen, fdopen, getline, EOF and error flags. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lcheck.h"

static long file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

int main(void)
{
	/* fully buffered: nothing reaches the file before fflush */
	FILE *f = fopen("full.txt", "w");
	CHECK(f != NULL);
	static char fbuf[1024];
	CHECK_INT(setvbuf(f, fbuf, _IOFBF, sizeof fbuf), 0);
	fputs("abc", f);
	CHECK_INT(file_size("full.txt"), 0);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(file_size("full.txt"), 3);
	fclose(f);

	/* line buffered: each newline flushes */
	f = fopen("line.txt", "w");
	CHECK_INT(setvbuf(f, NULL, _IOLBF, 256), 0);
	fputs("one", f);
	CHECK_INT(file_size("line.txt"), 0);
	fputs("\ntwo", f);
	CHECK_INT(file_size("line.txt"), 4);
	fclose(f);
	CHECK_INT(file_size("line.txt"), 7);

	/* unbuffered: every call writes */
	f = fopen("none.txt", "w");
	CHECK_INT(setvbuf(f, NULL, _IONBF, 0), 0);
	fputc('x', f);
	CHECK_INT(file_size("none.txt"), 1);
	fprintf(f, "%d", 12345);
	CHECK_INT(file_size("none.txt"), 6);
	fclose(f);

	/* reading, ungetc, seeking, EOF */
	f = fopen("line.txt", "r");
	CHECK(f != NULL);
	CHECK_INT(fgetc(f), 'o');
	CHECK_INT(ungetc('O', f), 'O');
	char buf[64];
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK_STR(buf, "One\n");
	CHECK_INT(ftell(f), 4);
	CHECK_INT(fseek(f, -2, SEEK_END), 0);
	CHECK_INT(fgetc(f), 'w');
	CHECK_INT(fgetc(f), 'o');
	CHECK_INT(fgetc(f), EOF);
	CHECK(feof(f) && !ferror(f));
	clearerr(f);
	CHECK(!feof(f));
	rewind(f);
	char *line = NULL;
	size_t cap = 0;
	CHECK_INT(getline(&line, &cap, f), 4);
	CHECK_STR(line, "one\n");
	CHECK_INT(getline(&line, &cap, f), 3);
	CHECK_INT(getline(&line, &cap, f), -1);
	free(line);
	fclose(f);

	/* binary data round trip, larger than the buffer */
	static unsigned char data[100000], back[100000];
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 7 + (i >> 9));
	f = fopen("bin.dat", "wb");
	CHECK_INT(fwrite(data, 1, sizeof data, f), sizeof data);
	CHECK_INT(fclose(f), 0);
	f = fopen("bin.dat", "rb");
	CHECK_INT(fread(back, 1, sizeof back, f), sizeof back);
	CHECK(memcmp(data, back, sizeof data) == 0);
	CHECK_INT(fread(back, 1, 1, f), 0);
	fclose(f);

	/* append mode */
	f = fopen("line.txt", "a");
	fputs("!", f);
	fclose(f);
	CHECK_INT(file_size("line.txt"), 8);

	/* fdopen, fileno, freopen, tmpfile */
	int fd = open("fd.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	f = fdopen(fd, "w+");
	CHECK(f != NULL && fileno(f) == fd);
	fprintf(f, "via fd");
	fclose(f);
	CHECK_INT(file_size("fd.txt"), 6);
	f = fopen("a.txt", "w");
	f = freopen("b.txt", "w", f);
	CHECK(f != NULL);
	fputs("reopened", f);
	fclose(f);
	CHECK_INT(file_size("b.txt"), 8);
	f = tmpfile();
	if (f) { /* tmpfile needs a writable temporary directory */
		fputs("temp", f);
		rewind(f);
		CHECK(fgets(buf, sizeof buf, f) && strcmp(buf, "temp") == 0);
		fclose(f);
	}
	/* errors */
	CHECK(fopen("no/such/dir/x", "r") == NULL && errno == ENOENT);
	f = fopen("b.txt", "r");
	CHECK_INT(fputc('x', f), EOF);
	CHECK(ferror(f));
	fclose(f);
	/* standard streams */
	CHECK_INT(fileno(stdin), 0);
	CHECK_INT(fileno(stdout), 1);
	CHECK_INT(fileno(stderr), 2);
	CHECK(printf("%s\n", "to stdout") == 10);
	return lc_status();
}

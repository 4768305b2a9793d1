/*
 * The app-image's launcher on Linux, in place of jpackage's.
 *
 * jpackage's Linux launcher asks the package manager who owns it before every start
 * ("rpm -qf", then "dpkg -S", and "dpkg -L" once installed), twice: once for its launcher library
 * and once for the app's folders. On a Debian or Ubuntu machine that is ~0.2 s of every start,
 * about as long as creating the JVM. This launcher starts the same JVM the same way and asks
 * nobody: the app lives in one folder, installed or not (bin/, lib/app/, lib/runtime/).
 *
 * It reads lib/app/<launcher name>.cfg as jpackage writes it ([Application] app.classpath and
 * app.mainclass, [JavaOptions] java-options, with $APPDIR, $BINDIR and $ROOTDIR expanded), so the
 * build and the installers keep one list of JVM options, and hands JLI_Launch, from the bundled
 * runtime's libjli, the arguments jpackage's launcher would: the class path, the options,
 * -Djpackage.app-path, the main class, then the user's arguments.
 *
 * One addition: a command line (any arguments but a single existing .handout.json file, which
 * opens the editor, as org.handoutstudio.Launcher decides) also gets the java-options of a
 * [CommandLine] section. The build writes that section after [JavaOptions], so its options come
 * later and win; it names the command line's own start-up cache, which holds none of the editor's
 * classes. jpackage's launcher ignores the section.
 *
 * What jpackage's launcher does and this one does not, as the app uses none of it: other .cfg
 * keys (app.mainjar, app.mainmodule, app.modulepath, app.runtime, app.splash, [ArgOptions]), a
 * user's own .cfg under $HOME, and adding lib/app to LD_LIBRARY_PATH.
 *
 * Exit codes: the app's own; 1 with one line on stderr when the launcher cannot find what it needs
 * (the .cfg, the runtime); 1 with the JVM's own messages when the JVM cannot start.
 */
#include <dlfcn.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*jli_launch_fn)(int argc, char **argv, int jargc, const char **jargv, int appclassc,
        const char **appclassv, const char *fullversion, const char *dotversion, const char *pname,
        const char *lname, unsigned char javaargs, unsigned char cpwildcard, unsigned char javaw,
        int ergo);

static const char *self_name = "handout-studio";

static void fail(const char *what, const char *detail) {
    fprintf(stderr, "%s: %s%s%s\n", self_name, what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static void *checked(void *memory) {
    if (!memory) {
        fail("out of memory", NULL);
    }
    return memory;
}

static char *concat3(const char *a, const char *b, const char *c) {
    size_t length = strlen(a) + strlen(b) + strlen(c) + 1;
    char *result = checked(malloc(length));
    snprintf(result, length, "%s%s%s", a, b, c);
    return result;
}

/* The value with every $APPDIR, $BINDIR and $ROOTDIR replaced. */
static char *expand(const char *value, const char *app_dir, const char *bin_dir, const char *root_dir) {
    static const char *names[] = { "$APPDIR", "$BINDIR", "$ROOTDIR" };
    const char *paths[] = { app_dir, bin_dir, root_dir };
    size_t capacity = strlen(value) + 1;
    for (int i = 0; i < 3; i++) {
        for (const char *at = strstr(value, names[i]); at; at = strstr(at + 1, names[i])) {
            capacity += strlen(paths[i]);
        }
    }
    char *result = checked(malloc(capacity));
    char *out = result;
    while (*value) {
        int replaced = 0;
        for (int i = 0; i < 3 && !replaced; i++) {
            size_t name_length = strlen(names[i]);
            if (strncmp(value, names[i], name_length) == 0) {
                out = stpcpy(out, paths[i]);
                value += name_length;
                replaced = 1;
            }
        }
        if (!replaced) {
            *out++ = *value++;
        }
    }
    *out = '\0';
    return result;
}

typedef struct {
    char *class_path;        /* app.classpath lines joined with ':' */
    char *main_class;
    const char **options;    /* java-options, in order */
    int option_count;
} launch_config;

static void read_config(const char *path, const char *app_dir, const char *bin_dir, const char *root_dir,
        int command_line, launch_config *config) {
    FILE *file = fopen(path, "r");
    if (!file) {
        fail(path, strerror(errno));
    }
    char *line = NULL;
    size_t line_capacity = 0;
    char section[64] = "";
    int option_capacity = 0;
    while (getline(&line, &line_capacity, file) != -1) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '[') {
            snprintf(section, sizeof section, "%s", line);
            continue;
        }
        char *equals = strchr(line, '=');
        if (line[0] == '#' || !equals) {
            continue;
        }
        *equals = '\0';
        const char *key = line;
        char *value = expand(equals + 1, app_dir, bin_dir, root_dir);
        if (strcmp(section, "[Application]") == 0 && strcmp(key, "app.classpath") == 0) {
            char *joined = config->class_path ? concat3(config->class_path, ":", value) : value;
            if (config->class_path) {
                free(config->class_path);
                free(value);
            }
            config->class_path = joined;
        } else if (strcmp(section, "[Application]") == 0 && strcmp(key, "app.mainclass") == 0) {
            free(config->main_class);
            config->main_class = value;
        } else if ((strcmp(section, "[JavaOptions]") == 0 || (command_line && strcmp(section, "[CommandLine]") == 0))
                && strcmp(key, "java-options") == 0) {
            if (config->option_count == option_capacity) {
                option_capacity = option_capacity ? option_capacity * 2 : 16;
                config->options = checked(realloc(config->options, sizeof(char *) * (size_t) option_capacity));
            }
            config->options[config->option_count++] = value;
        } else {
            free(value);
        }
    }
    free(line);
    fclose(file);
    if (!config->main_class) {
        fail(path, "no app.mainclass");
    }
}

/* As org.handoutstudio.Launcher: no arguments, or one existing handout file, open the editor. */
static int is_command_line(int argc, char **argv) {
    static const char extension[] = ".handout.json";
    if (argc < 2) {
        return 0;
    }
    if (argc > 2) {
        return 1;
    }
    size_t length = strlen(argv[1]);
    size_t extension_length = sizeof extension - 1;
    struct stat file;
    int opens_a_file = length >= extension_length && strcmp(argv[1] + length - extension_length, extension) == 0
            && stat(argv[1], &file) == 0 && S_ISREG(file.st_mode);
    return !opens_a_file;
}

/*
 * Every stream an export compresses takes zlib's ~270 KB of working memory and frees it again.
 * glibc hands such a free back to the system at once (an madvise call) and the next stream faults
 * the same pages in afresh: about 40,000 page faults in a batch of 105 handouts, ~3% of its
 * processor time.
 * A command line lives for seconds, so it keeps up to 64 MB of freed memory for reuse instead.
 * (Should libjli run this program again, below, that run keeps glibc's default.)
 */
static void keep_freed_memory(void) {
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

/*
 * libjli may run this program again, in the same process, with the JVM's whole command line: it
 * does when LD_LIBRARY_PATH names a folder holding a libjvm.so, to change that variable first. The
 * variable below, set to this process's id just before the JVM starts, tells that second run from
 * a new start (a process the app starts inherits the variable, but not the id).
 */
static const char relaunch_marker[] = "HANDOUT_STUDIO_LAUNCHER_PID";

static int launch_jvm(const char *root_dir, int jvm_argc, const char **jvm_argv) {
    char *jli_path = concat3(root_dir, "/lib/runtime/lib/libjli.so", "");
    void *jli = dlopen(jli_path, RTLD_NOW | RTLD_LOCAL);
    if (!jli) {
        fail("cannot load the Java runtime", dlerror());
    }
    jli_launch_fn jli_launch = (jli_launch_fn) dlsym(jli, "JLI_Launch");
    if (!jli_launch) {
        fail("cannot start the Java runtime", dlerror());
    }
    return jli_launch(jvm_argc, (char **) jvm_argv, 0, NULL, 0, NULL, "", "", "java", "java", 0, 0, 0, 0);
}

int main(int argc, char **argv) {
    char launcher[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", launcher, sizeof launcher);
    if (length < 0 || (size_t) length >= sizeof launcher) {
        fail("cannot find itself", length < 0 ? strerror(errno) : "path too long");
    }
    launcher[length] = '\0';

    char name_buffer[PATH_MAX], bin_buffer[PATH_MAX], root_buffer[PATH_MAX];
    memcpy(name_buffer, launcher, (size_t) length + 1);
    memcpy(bin_buffer, launcher, (size_t) length + 1);
    self_name = basename(name_buffer);
    const char *bin_dir = dirname(bin_buffer);
    memcpy(root_buffer, bin_dir, strlen(bin_dir) + 1);
    const char *root_dir = dirname(root_buffer);

    char process_id[32];
    snprintf(process_id, sizeof process_id, "%ld", (long) getpid());
    const char *marker = getenv(relaunch_marker);
    if (marker && strcmp(marker, process_id) == 0) {
        unsetenv(relaunch_marker);
        return launch_jvm(root_dir, argc, (const char **) argv);
    }

    char *app_dir = concat3(root_dir, "/lib/app", "");
    launch_config config = { 0 };
    char *config_path = concat3(app_dir, "/", concat3(self_name, ".cfg", ""));
    int command_line = is_command_line(argc, argv);
    read_config(config_path, app_dir, bin_dir, root_dir, command_line, &config);
    if (command_line) {
        keep_freed_memory();
    }

    /* In jpackage's order: class path, options, the launcher's path, main class, arguments. */
    int jvm_argc = 0;
    const char **jvm_argv = checked(malloc(sizeof(char *) * (size_t) (config.option_count + argc + 6)));
    jvm_argv[jvm_argc++] = launcher;
    if (config.class_path) {
        jvm_argv[jvm_argc++] = "-classpath";
        jvm_argv[jvm_argc++] = config.class_path;
    }
    for (int i = 0; i < config.option_count; i++) {
        jvm_argv[jvm_argc++] = config.options[i];
    }
    jvm_argv[jvm_argc++] = concat3("-Djpackage.app-path=", launcher, "");
    jvm_argv[jvm_argc++] = config.main_class;
    for (int i = 1; i < argc; i++) {
        jvm_argv[jvm_argc++] = argv[i];
    }
    jvm_argv[jvm_argc] = NULL;

    setenv(relaunch_marker, process_id, 1);
    return launch_jvm(root_dir, jvm_argc, jvm_argv);
}

/* A stub of GNU gettext's libintl for the static Windows chain.
 * glib (built with -Dnls=disabled) still wants libintl to link, and no
 * mingw-w64 build of gettext is at hand: these functions hand every message
 * back untranslated. The format_arg attributes matter: glib compiles with
 * -Werror=format-nonliteral and passes _() results as printf formats.
 * The program's own translations (wxWidgets' .mo catalogs) do not use this. */
#ifndef EXTRAMILE_LIBINTL_STUB_H
#define EXTRAMILE_LIBINTL_STUB_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#  define INTL_FORMAT_ARG(n) __attribute__((format_arg(n)))
#else
#  define INTL_FORMAT_ARG(n)
#endif

char *gettext(const char *msgid) INTL_FORMAT_ARG(1);
char *dgettext(const char *domain, const char *msgid) INTL_FORMAT_ARG(2);
char *dcgettext(const char *domain, const char *msgid, int category) INTL_FORMAT_ARG(2);
char *ngettext(const char *msgid, const char *msgid_plural, unsigned long n)
    INTL_FORMAT_ARG(1) INTL_FORMAT_ARG(2);
char *dngettext(const char *domain, const char *msgid, const char *msgid_plural, unsigned long n)
    INTL_FORMAT_ARG(2) INTL_FORMAT_ARG(3);
char *dcngettext(const char *domain, const char *msgid, const char *msgid_plural, unsigned long n,
                 int category) INTL_FORMAT_ARG(2) INTL_FORMAT_ARG(3);
char *textdomain(const char *domainname);
char *bindtextdomain(const char *domainname, const char *dirname);
char *bind_textdomain_codeset(const char *domainname, const char *codeset);

#ifdef __cplusplus
}
#endif
#endif

/*
 * A stand-in for Windows' bcryptprimitives.dll, used only to run the Windows
 * build under Wine in CI. Wine 8 lacks the DLL, and Go programs (1.22 and
 * later) call its ProcessPrng at start. This forwards to BCryptGenRandom,
 * which Wine has.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c -lbcrypt
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
			return FALSE;
		data += chunk;
		len -= chunk;
	}
	return TRUE;
}

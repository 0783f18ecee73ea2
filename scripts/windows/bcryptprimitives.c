/* Test setup only, never shipped: Wine 8 has no bcryptprimitives.dll, and Rust's standard
 * library imports ProcessPrng from it for every random number (HashMap keys, rand's seeding).
 * This DLL, built with mingw into the test Wine prefix's system32 by scripts/windows/wine.sh,
 * forwards it to RtlGenRandom (advapi32's SystemFunction036), which Wine has. Windows 10 and
 * 11 ship the real DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}

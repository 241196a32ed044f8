// Preloaded into the layout worker by tst_layoutengine (LD_PRELOAD): realloc() always moves the
// block and never frees the old one, and free() of such an old block aborts. A double free that
// glibc's realloc usually hides (it grows blocks in place) then fails every time.
#include <dlfcn.h>
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

constexpr std::size_t kSlots = std::size_t(1) << 20;
void *g_retired[kSlots]; // blocks realloc() moved away from; never reused

std::size_t slotOf(void *p)
{
    return std::size_t((std::uintptr_t(p) >> 4) * 2654435761u % kSlots);
}

} // namespace

extern "C" void *realloc(void *old, std::size_t size)
{
    void *moved = std::malloc(size ? size : 1);
    if (old && moved) {
        const std::size_t had = malloc_usable_size(old);
        std::memcpy(moved, old, had < size ? had : size);
        for (std::size_t i = slotOf(old), n = 0; n < kSlots; i = (i + 1) % kSlots, ++n) {
            if (!g_retired[i]) {
                g_retired[i] = old;
                break;
            }
        }
    }
    return moved;
}

extern "C" void free(void *p)
{
    using Free = void (*)(void *);
    static const Free real = reinterpret_cast<Free>(dlsym(RTLD_NEXT, "free"));
    if (p) {
        for (std::size_t i = slotOf(p), n = 0; n < kSlots && g_retired[i];
             i = (i + 1) % kSlots, ++n)
            if (g_retired[i] == p)
                std::abort(); // freed a second time
    }
    real(p);
}

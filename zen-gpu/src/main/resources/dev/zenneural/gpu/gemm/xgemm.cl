// Row-major SGEMM, tuned in the manner of CLBlast's xgemm: C = alpha * op(A) * op(B) + beta * C,
// op(X) = X or X transposed, one kernel per transpose variant (xgemm_nn, _nt, _tn, _tt).
//
// A work-group of NDIMC x MDIMC work-items computes an MWG x NWG tile of C. Per step of the k loop
// it stages an MWG x KWG tile of op(A) and a KWG x NWG tile of op(B) in local memory, both stored
// k-major, and every work-item accumulates an MWI x NWI block of C in registers (register blocking:
// each value read from local memory is used MWI or NWI times). A work-item's rows are strided by
// MDIMC and its columns by NDIMC (CLBlast's STRM = STRN = 1), so neighbouring work-items read
// neighbouring local addresses and write neighbouring addresses of C.
//
// Global loads walk the dimension that is contiguous in memory (k for A, n for B untransposed; m
// for A, k for B transposed) in vectors of VW floats. The host builds the program with VW = 1 when
// a leading dimension is not a multiple of VW, so every vector load is aligned.
//
// Odd sizes: a work-group whose tiles lie wholly inside the matrices loads without checks; one that
// crosses the edge of M, N or K loads element by element, reading 0 outside (the bounds-checked
// edge path). The branch depends only on the work-group, so its work-items never diverge. Stores
// are always checked.
//
// Tuning parameters, all -D build options (SgemmTuning checks their constraints on the host):
//   MWG, NWG, KWG  tile of C per work-group and depth of a k step
//   MDIMC, NDIMC   work-items per work-group along M and N (local size {NDIMC, MDIMC})
//   VW             width of global loads: 1, 2 or 4
//
// The helpers are plain functions, not `inline`: OpenCL compilers inline them anyway, and a C99
// `inline` definition leaves no symbol to call where a compiler declines to inline one.

#if !defined(MWG) || !defined(NWG) || !defined(KWG) || !defined(MDIMC) || !defined(NDIMC) || !defined(VW)
#error "xgemm.cl needs -DMWG= -DNWG= -DKWG= -DMDIMC= -DNDIMC= -DVW="
#endif

#define MWI (MWG / MDIMC)
#define NWI (NWG / NDIMC)
#define THREADS (MDIMC * NDIMC)
// One spare column: the loads of the untransposed A (and transposed B) store down a column of the
// local tile, and a pitch of a power of two would send them all to the same bank.
#define A_PITCH (MWG + 1)
#define B_PITCH (NWG + 1)

#if VW == 1
typedef float floatv;
#define VGET(v, e) (v)
#elif VW == 2
typedef float2 floatv;
#define VGET(v, e) ((e) == 0 ? (v).s0 : (v).s1)
#elif VW == 4
typedef float4 floatv;
#define VGET(v, e) ((e) == 0 ? (v).s0 : (e) == 1 ? (v).s1 : (e) == 2 ? (v).s2 : (v).s3)
#else
#error "VW must be 1, 2 or 4"
#endif

// The vector of VW floats at element i of p; i is a multiple of VW and so is the leading dimension.
#define LOADV(p, i) (((const __global floatv*) (p))[(i) / VW])

// a_tile[kk * A_PITCH + mm] = op(A)[row0 + mm][p0 + kk], for a tile wholly inside A.
void load_a_full(const bool trans_a, __global const float* restrict a, const int lda, const int row0,
        const int p0, __local float* a_tile, const int tid)
{
    #pragma unroll
    for (int t = 0; t < MWG * KWG / (VW * THREADS); t++) {
        const int v = tid + t * THREADS;
        if (trans_a) {
            // A is K x M: contiguous along m.
            const int kk = v / (MWG / VW);
            const int mm = (v % (MWG / VW)) * VW;
            const floatv x = LOADV(a, (p0 + kk) * lda + row0 + mm);
            #pragma unroll
            for (int e = 0; e < VW; e++) {
                a_tile[kk * A_PITCH + mm + e] = VGET(x, e);
            }
        } else {
            // A is M x K: contiguous along k.
            const int mm = v / (KWG / VW);
            const int kk = (v % (KWG / VW)) * VW;
            const floatv x = LOADV(a, (row0 + mm) * lda + p0 + kk);
            #pragma unroll
            for (int e = 0; e < VW; e++) {
                a_tile[(kk + e) * A_PITCH + mm] = VGET(x, e);
            }
        }
    }
}

// As load_a_full, reading 0 outside the m x k matrix op(A).
void load_a_checked(const bool trans_a, __global const float* restrict a, const int lda, const int m,
        const int k, const int row0, const int p0, __local float* a_tile, const int tid)
{
    #pragma unroll
    for (int t = 0; t < MWG * KWG / THREADS; t++) {
        const int v = tid + t * THREADS;
        const int kk = trans_a ? v / MWG : v % KWG;
        const int mm = trans_a ? v % MWG : v / KWG;
        const int row = row0 + mm;
        const int p = p0 + kk;
        float x = 0.0f;
        if (row < m && p < k) {
            x = trans_a ? a[p * lda + row] : a[row * lda + p];
        }
        a_tile[kk * A_PITCH + mm] = x;
    }
}

// b_tile[kk * B_PITCH + nn] = op(B)[p0 + kk][col0 + nn], for a tile wholly inside B.
void load_b_full(const bool trans_b, __global const float* restrict b, const int ldb, const int col0,
        const int p0, __local float* b_tile, const int tid)
{
    #pragma unroll
    for (int t = 0; t < KWG * NWG / (VW * THREADS); t++) {
        const int v = tid + t * THREADS;
        if (trans_b) {
            // B is N x K: contiguous along k.
            const int nn = v / (KWG / VW);
            const int kk = (v % (KWG / VW)) * VW;
            const floatv x = LOADV(b, (col0 + nn) * ldb + p0 + kk);
            #pragma unroll
            for (int e = 0; e < VW; e++) {
                b_tile[(kk + e) * B_PITCH + nn] = VGET(x, e);
            }
        } else {
            // B is K x N: contiguous along n.
            const int kk = v / (NWG / VW);
            const int nn = (v % (NWG / VW)) * VW;
            const floatv x = LOADV(b, (p0 + kk) * ldb + col0 + nn);
            #pragma unroll
            for (int e = 0; e < VW; e++) {
                b_tile[kk * B_PITCH + nn + e] = VGET(x, e);
            }
        }
    }
}

// As load_b_full, reading 0 outside the k x n matrix op(B).
void load_b_checked(const bool trans_b, __global const float* restrict b, const int ldb, const int n,
        const int k, const int col0, const int p0, __local float* b_tile, const int tid)
{
    #pragma unroll
    for (int t = 0; t < KWG * NWG / THREADS; t++) {
        const int v = tid + t * THREADS;
        const int kk = trans_b ? v % KWG : v / NWG;
        const int nn = trans_b ? v / KWG : v % NWG;
        const int col = col0 + nn;
        const int p = p0 + kk;
        float x = 0.0f;
        if (col < n && p < k) {
            x = trans_b ? b[col * ldb + p] : b[p * ldb + col];
        }
        b_tile[kk * B_PITCH + nn] = x;
    }
}

// acc += the staged tiles' product, for this work-item's MWI x NWI block.
void multiply_tiles(__local const float* a_tile, __local const float* b_tile, const int tm, const int tn,
        float acc[MWI][NWI])
{
    for (int kk = 0; kk < KWG; kk++) {
        float a_reg[MWI];
        float b_reg[NWI];
        #pragma unroll
        for (int i = 0; i < MWI; i++) {
            a_reg[i] = a_tile[kk * A_PITCH + tm + i * MDIMC];
        }
        #pragma unroll
        for (int j = 0; j < NWI; j++) {
            b_reg[j] = b_tile[kk * B_PITCH + tn + j * NDIMC];
        }
        #pragma unroll
        for (int i = 0; i < MWI; i++) {
            #pragma unroll
            for (int j = 0; j < NWI; j++) {
                acc[i][j] += a_reg[i] * b_reg[j];
            }
        }
    }
}

void xgemm(const bool trans_a, const bool trans_b, const int m, const int n, const int k, const float alpha,
        __global const float* restrict a, const int lda, __global const float* restrict b, const int ldb,
        const float beta, __global float* restrict c, const int ldc, __local float* a_tile, __local float* b_tile)
{
    const int tn = get_local_id(0);
    const int tm = get_local_id(1);
    const int tid = tm * NDIMC + tn;
    const int row0 = get_group_id(1) * MWG;
    const int col0 = get_group_id(0) * NWG;
    const bool full_m = row0 + MWG <= m;
    const bool full_n = col0 + NWG <= n;

    float acc[MWI][NWI];
    #pragma unroll
    for (int i = 0; i < MWI; i++) {
        #pragma unroll
        for (int j = 0; j < NWI; j++) {
            acc[i][j] = 0.0f;
        }
    }

    const int k_full = k - k % KWG;
    for (int p0 = 0; p0 < k_full; p0 += KWG) {
        if (full_m) {
            load_a_full(trans_a, a, lda, row0, p0, a_tile, tid);
        } else {
            load_a_checked(trans_a, a, lda, m, k, row0, p0, a_tile, tid);
        }
        if (full_n) {
            load_b_full(trans_b, b, ldb, col0, p0, b_tile, tid);
        } else {
            load_b_checked(trans_b, b, ldb, n, k, col0, p0, b_tile, tid);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        multiply_tiles(a_tile, b_tile, tm, tn, acc);
        // The next step overwrites the tiles: everyone must be done reading them.
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (k_full < k) {
        // The last, partial k step: zeros past k add nothing.
        load_a_checked(trans_a, a, lda, m, k, row0, k_full, a_tile, tid);
        load_b_checked(trans_b, b, ldb, n, k, col0, k_full, b_tile, tid);
        barrier(CLK_LOCAL_MEM_FENCE);
        multiply_tiles(a_tile, b_tile, tm, tn, acc);
    }

    #pragma unroll
    for (int i = 0; i < MWI; i++) {
        const int row = row0 + tm + i * MDIMC;
        #pragma unroll
        for (int j = 0; j < NWI; j++) {
            const int col = col0 + tn + j * NDIMC;
            if (row < m && col < n) {
                const int at = row * ldc + col;
                // BLAS semantics: with beta == 0, C is not read, so NaN or garbage in it does not survive.
                c[at] = beta == 0.0f ? alpha * acc[i][j] : alpha * acc[i][j] + beta * c[at];
            }
        }
    }
}

// Local memory must be declared in a kernel, not in the function it calls.
#define XGEMM_KERNEL(NAME, TRANS_A, TRANS_B)                                                       \
    __kernel __attribute__((reqd_work_group_size(NDIMC, MDIMC, 1)))                                 \
    void NAME(const int m, const int n, const int k, const float alpha,                            \
            __global const float* restrict a, const int lda,                                       \
            __global const float* restrict b, const int ldb,                                       \
            const float beta, __global float* restrict c, const int ldc)                           \
    {                                                                                              \
        __local float a_tile[KWG * A_PITCH];                                                       \
        __local float b_tile[KWG * B_PITCH];                                                       \
        xgemm(TRANS_A, TRANS_B, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, a_tile, b_tile);     \
    }

XGEMM_KERNEL(xgemm_nn, false, false)
XGEMM_KERNEL(xgemm_nt, false, true)
XGEMM_KERNEL(xgemm_tn, true, false)
XGEMM_KERNEL(xgemm_tt, true, true)

// Row-major SGEMM: C = alpha * op(A) * op(B) + beta * C, op(X) = X or X transposed.
//
// One TS x TS work-group computes one TS x TS tile of C; each step of the k loop stages a TS x TS
// tile of op(A) and of op(B) in local memory, where every value is read TS times. Dimension 0 of
// the NDRange runs along the columns of C, so neighbouring work-items write neighbouring addresses.
// Global sizes are rounded up to whole tiles: out-of-range loads read 0 and out-of-range work-items
// write nothing, which is what makes odd sizes, 1 x N and N x 1 work.
//
// The host passes TS with -DTS=...; it must equal the local work size.

#ifndef TS
#define TS 16
#endif

// One spare column so that the transposed tile stores of the T variants fall in different banks.
#define TS_PAD (TS + 1)

void sgemm_tile(const bool trans_a, const bool trans_b,
        const int m, const int n, const int k, const float alpha,
        __global const float* restrict a, const int lda,
        __global const float* restrict b, const int ldb,
        const float beta, __global float* restrict c, const int ldc,
        __local float a_tile[TS][TS_PAD], __local float b_tile[TS][TS_PAD])
{
    const int lx = get_local_id(0);
    const int ly = get_local_id(1);
    const int row0 = get_group_id(1) * TS;
    const int col0 = get_group_id(0) * TS;

    float acc = 0.0f;
    for (int p0 = 0; p0 < k; p0 += TS) {
        // a_tile[r][q] = op(A)[row0 + r][p0 + q] and b_tile[q][j] = op(B)[p0 + q][col0 + j].
        // lx always walks along a stored row, so the loads of neighbouring work-items coalesce.
        if (trans_a) {
            a_tile[lx][ly] = (row0 + lx < m && p0 + ly < k) ? a[(p0 + ly) * lda + row0 + lx] : 0.0f;
        } else {
            a_tile[ly][lx] = (row0 + ly < m && p0 + lx < k) ? a[(row0 + ly) * lda + p0 + lx] : 0.0f;
        }
        if (trans_b) {
            b_tile[lx][ly] = (p0 + lx < k && col0 + ly < n) ? b[(col0 + ly) * ldb + p0 + lx] : 0.0f;
        } else {
            b_tile[ly][lx] = (p0 + ly < k && col0 + lx < n) ? b[(p0 + ly) * ldb + col0 + lx] : 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int q = 0; q < TS; q++) {
            acc += a_tile[ly][q] * b_tile[q][lx];
        }
        // The next step overwrites the tiles: everyone must be done reading them.
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    const int row = row0 + ly;
    const int col = col0 + lx;
    if (row < m && col < n) {
        const int at = row * ldc + col;
        // BLAS semantics: with beta == 0, C is not read, so NaN or garbage in it does not survive.
        c[at] = beta == 0.0f ? alpha * acc : alpha * acc + beta * c[at];
    }
}

// Local memory must be declared in a kernel, not in the function it calls.
#define SGEMM_KERNEL(NAME, TRANS_A, TRANS_B)                                                       \
    __kernel __attribute__((reqd_work_group_size(TS, TS, 1)))                                       \
    void NAME(const int m, const int n, const int k, const float alpha,                            \
            __global const float* restrict a, const int lda,                                       \
            __global const float* restrict b, const int ldb,                                       \
            const float beta, __global float* restrict c, const int ldc)                           \
    {                                                                                              \
        __local float a_tile[TS][TS_PAD];                                                          \
        __local float b_tile[TS][TS_PAD];                                                          \
        sgemm_tile(TRANS_A, TRANS_B, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, a_tile, b_tile); \
    }

SGEMM_KERNEL(sgemm_nn, false, false)
SGEMM_KERNEL(sgemm_nt, false, true)
SGEMM_KERNEL(sgemm_tn, true, false)
SGEMM_KERNEL(sgemm_tt, true, true)

#pragma once

// Lowering a convolution to a matrix product: every output pixel gets a column holding the input
// values under the kernel, so that W:(Cout, Cin·K·K) times the columns is the convolution.
//
// Two layouts, chosen per layer:
// - stride 1 ("full width"): the columns run over every position of the (padded) input row, H'·Wp
//   of them, the last Wp − W' of each row being discarded. Then the row of taps (c, i, j) is ONE
//   contiguous run of the input, x[c, i·d, j·d …], copied in one go, instead of H' short runs: on the
//   small images this tool trains, that is the difference between the copies and the product
//   dominating a step. The product does Wp/W' more work, which costs less than it saves.
// - any other stride: the classic im2col, H'·W' columns, H' short runs per (c, i, j).

#include <cstdint>

namespace nw {

// Sizes of one convolution, fixed when the network is compiled.
struct ConvGeometry {
    int64_t cin, h, w, cout, k, stride, dilation, ho, wo, padTop, padLeft;

    int64_t colRows() const { return cin * k * k; } // one row per (input channel, kernel row, kernel column)
    int64_t padBottom() const { return (ho - 1) * stride + (k - 1) * dilation + 1 - h - padTop; }
    int64_t padRight() const { return (wo - 1) * stride + (k - 1) * dilation + 1 - w - padLeft; }
};

class ConvLowering {
public:
    explicit ConvLowering(const ConvGeometry& g);

    // Columns per sample: H'·Wp in full-width layout, H'·W' otherwise.
    int64_t columnsPerSample() const { return m_columns; }
    // Floats of scratch lower() and raise() need for one zero-padded sample (0 without padding).
    int64_t paddedSize() const { return m_padded ? m_g.cin * m_hp * m_wp : 0; }

    // x:(Cin,H,W) -> col:(Cin·K·K, columnsPerSample()), rows `rowStride` floats apart (the columns of
    // several samples sit side by side).
    void lower(const float* x, float* col, int64_t rowStride, float* padded) const;
    // The product's columns of one sample y:(Cout, columnsPerSample()) + bias -> out:(Cout, H', W').
    void scatter(const float* y, int64_t rowStride, const float* bias, float* out) const;
    // dy:(Cout, H', W') -> the gradient of the product's columns, 0 for the discarded ones.
    void gather(const float* dy, float* block, int64_t rowStride) const;
    // The adjoint of lower(): dcol:(Cin·K·K, columnsPerSample()) -> dx:(Cin, H, W), overwritten.
    void raise(const float* dcol, int64_t rowStride, float* dx, float* padded) const;

private:
    void im2col(const float* x, float* col, int64_t rowStride) const;
    void col2im(const float* col, int64_t rowStride, float* dx) const;

    ConvGeometry m_g;
    bool m_fullWidth;
    bool m_padded;      // full width with zero padding: lower() copies the input into a padded image
    int64_t m_hp, m_wp; // full width: the (padded) input's height and width
    int64_t m_columns;
};

} // namespace nw

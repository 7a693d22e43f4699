#pragma once

#include <algorithm>

// The geometry of a node card, in scene units, shared by the items that draw it, the layout that
// places it and the diagram export. Everything sits on the canvas's 20-unit grid: a card at a grid
// point has its ports on grid lines, so wires between aligned cards are straight.
namespace nw::gui::card {

inline constexpr double kGrid = 20;
inline constexpr double kWidth = 160;
inline constexpr double kMinHeight = 80;
inline constexpr double kHeaderHeight = 28;
inline constexpr double kCornerRadius = 8;
inline constexpr double kFirstPortY = 40;
inline constexpr double kPortSpacing = 20;
inline constexpr double kPortRadius = 6;

inline double height(int inputPorts) {
    return std::max(kMinHeight, kFirstPortY + kPortSpacing * std::max(0, inputPorts - 1) + 40);
}
inline double inputPortY(int port) { return kFirstPortY + kPortSpacing * port; }
inline double outputPortY() { return kFirstPortY; }

} // namespace nw::gui::card

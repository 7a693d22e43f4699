#pragma once

#include <span>
#include <string_view>

namespace nw {

// A built-in lesson file as it was built into the program (cmake/embed_lessons.cmake).
struct EmbeddedLesson {
    std::string_view fileName; // "01-single-neuron.nwlesson": the teaching order is the file order
    std::string_view text;
};
std::span<const EmbeddedLesson> embeddedLessons();

} // namespace nw

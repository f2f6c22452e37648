#pragma once

#include <utility>
#include <variant>

namespace kora {

// The error side of an Expected, made with kora::unexpected(error).
template<typename E> struct Unexpected
{
    E error;
};

template<typename E> Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

// An expected-style result: a value or an error, never an exception.
// (std::expected is C++23; this is the small subset Kora uses.)
template<typename T, typename E> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Expected(Unexpected<E> error)
        : m_state(std::in_place_index<1>, std::move(error.error))
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, E> m_state;
};

} // namespace kora

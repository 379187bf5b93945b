#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace entre {

// Why an operation was refused or failed. The CLI maps these to its exit codes.
enum class ErrorKind {
    BadInput,  // malformed file, unknown code, wrong arguments
    Refused,   // the rules say no: already checked in, newer schema, file in use, read-only
    Failed,    // anything else: I/O, SQLite
    StaleLock, // locked by a desk that may be gone; the user may take the lock over
};

struct Error {
    ErrorKind kind = ErrorKind::Failed;
    QString message;
};

// A value or an Error, in the spirit of std::expected.
template <typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error badInput(QString message)
{
    return {ErrorKind::BadInput, std::move(message)};
}
inline Error refused(QString message)
{
    return {ErrorKind::Refused, std::move(message)};
}
inline Error staleLock(QString message)
{
    return {ErrorKind::StaleLock, std::move(message)};
}
inline Error failed(QString message)
{
    return {ErrorKind::Failed, std::move(message)};
}

} // namespace entre

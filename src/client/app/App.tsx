export function App() {
  return <h1>Pintu</h1>;
}
